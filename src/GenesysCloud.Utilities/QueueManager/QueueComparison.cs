namespace GenesysCloud.Utilities.QueueManager;

/// <summary>Who is in queue A, queue B, or both (everyone, however they belong).</summary>
/// <param name="QueueA">The first queue.</param>
/// <param name="QueueB">The second queue.</param>
/// <param name="OnlyInA">In A and not in B.</param>
/// <param name="OnlyInB">In B and not in A.</param>
/// <param name="InBoth">In both (rows as in A).</param>
public sealed record QueueComparison(Queue QueueA, Queue QueueB, IReadOnlyList<QueueMemberRow> OnlyInA, IReadOnlyList<QueueMemberRow> OnlyInB,
    IReadOnlyList<QueueMemberRow> InBoth);
