using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace GenesysCloud.Cli.Output;

/// <summary>Writes results as tables or as one JSON document; messages and errors go to stderr.</summary>
public sealed class CliOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly CliEnvironment _environment;

    public CliOutput(CliEnvironment environment, OutputFormat format, bool progressLines = false)
    {
        _environment = environment;
        Format = format;
        WritesProgressLines = progressLines && !ShowsLiveProgress;
        Console = CreateConsole(environment.Out, environment.IsInteractive);
        ErrorConsole = CreateConsole(environment.Error, environment.IsInteractive);
    }

    public OutputFormat Format { get; }

    /// <summary>Tables and progress for people (stdout).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Notes and errors (stderr), so that JSON on stdout stays parseable.</summary>
    public IAnsiConsole ErrorConsole { get; }

    /// <summary>A live progress bar only when a person watches a table-format run.</summary>
    public bool ShowsLiveProgress => _environment.IsInteractive && Format == OutputFormat.Table;

    /// <summary>Plain progress lines on stderr (--progress without a terminal).</summary>
    public bool WritesProgressLines { get; }

    public void WriteJson<T>(T value)
    {
        _environment.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
        _environment.Out.Flush();
    }

    public void ProgressLine(string line)
    {
        _environment.Error.WriteLine(line);
        _environment.Error.Flush();
    }

    public void Note(string message) => ErrorConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    public void Error(string message)
    {
        ErrorConsole.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        _environment.Error.Flush();
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
            console.Profile.Width = 160;
        return console;
    }
}
