namespace GenesysCloud.Cli;

/// <summary>Input the CLI cannot act on; the message is for the user and names the option, row or column.</summary>
public sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
