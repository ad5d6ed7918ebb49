namespace GenesysCloud.Web.Hosting;

/// <summary>The app refuses to start in an unsafe configuration; <see cref="Exception.Message"/> is the one line to print.</summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException(string message) : base(message)
    {
    }

    public StartupRefusedException()
    {
    }

    public StartupRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
