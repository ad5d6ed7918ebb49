namespace GenesysCloud.Emulator.Wire;

/// <summary>The writable part of a QueueMember in the PATCH bodies.</summary>
internal sealed record QueueMemberUpdate(string? Id, bool? Joined, int? RingNumber);
