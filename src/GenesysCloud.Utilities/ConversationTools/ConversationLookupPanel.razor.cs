using System.Globalization;
using GenesysCloud.Bulk.Conversations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace GenesysCloud.Utilities.ConversationTools;

public sealed partial class ConversationLookupPanel : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private string? _id;
    private ConversationLookup? _result;
    private bool _busy;
    private string? _error;

    /// <summary>The sweep service of the session's client.</summary>
    [Parameter, EditorRequired] public ConversationSweep Sweep { get; set; } = default!;

    private async Task LookupAsync()
    {
        if (string.IsNullOrWhiteSpace(_id))
            return;
        _busy = true;
        _error = null;
        try
        {
            _result = await Sweep.LookupAsync(_id, _lifetime.Token);
            if (_result.NotFound)
            {
                _error = $"No conversation {_result.ConversationId} in this org (both the conversation and its analytics details answered 404).";
                _result = null;
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _error = ApiErrorMessage.From(ex, "Looking up the conversation");
        }
        finally
        {
            _busy = false;
        }
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Enter" ? LookupAsync() : Task.CompletedTask;

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
