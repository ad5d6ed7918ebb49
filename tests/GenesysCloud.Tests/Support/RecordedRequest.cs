namespace GenesysCloud.Tests.Support;

internal sealed record RecordedRequest(string Method, Uri Uri, string? Body);
