namespace GenesysCloud.Bulk.Resolution;

/// <summary>
/// A target that can take its state from the directory listing a plan reads anyway: the listing asks for
/// <see cref="Expand"/> and shows each listed user to <see cref="Observe"/>, so the state is not read a second time.
/// </summary>
internal interface IListingObserver
{
    /// <summary>The <c>expand</c> value the listing pages ask for (e.g. <c>skills</c>).</summary>
    string Expand { get; }

    /// <summary>Called once for every user of a listed page.</summary>
    void Observe(User user);
}
