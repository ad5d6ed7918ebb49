using System.Net.Sockets;

namespace GenesysCloud.Web.Hosting;

/// <summary>Recognises Kestrel's "address already in use" start-up failure and explains it in one line.</summary>
public static class AddressInUse
{
    /// <summary>Log category of the generic host, which logs a failed start with its stack trace.</summary>
    public const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The hint printed instead of a stack trace when the address is taken.</summary>
    public const string Hint = "Stop the other program or choose another address, e.g. --urls http://127.0.0.1:5001";

    /// <summary>True when <paramref name="exception"/> (or an inner exception) is a socket bind refused as address in use.</summary>
    public static bool Matches(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One line naming the taken address (Kestrel's message names it) and how to pick another.</summary>
    public static string Describe(IOException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"Cannot start: {exception.Message.TrimEnd('.')}. {Hint}";
    }
}
