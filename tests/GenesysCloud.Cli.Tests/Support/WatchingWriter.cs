using System.Text;

namespace GenesysCloud.Cli.Tests.Support;

/// <summary>A StringWriter that calls back for every complete line written to it.</summary>
public sealed class WatchingWriter(Action<string> onLine) : StringWriter
{
    private readonly StringBuilder _line = new();

    public override void Write(char value)
    {
        base.Write(value);
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }

        var line = _line.ToString().TrimEnd('\r');
        _line.Clear();
        onLine(line);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
            Write(c);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }
}
