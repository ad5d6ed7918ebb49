namespace GenesysCloud.Bulk.Resolution;

/// <summary>
/// Hands pages that arrive in any order to <c>add</c> in page order, each as soon as the pages before it are in: a listing
/// read 8 pages at a time is indexed while its last pages are still on the way, and the same as if read one by one.
/// </summary>
internal sealed class PagesInOrder<T>(Action<IReadOnlyList<T>> add)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, IReadOnlyList<T>> _waiting = [];
    private int _next = 1;

    public void Add(int pageNumber, IReadOnlyList<T> items)
    {
        lock (_gate)
        {
            _waiting[pageNumber] = items;
            while (_waiting.Remove(_next, out var page))
            {
                add(page);
                _next++;
            }
        }
    }
}
