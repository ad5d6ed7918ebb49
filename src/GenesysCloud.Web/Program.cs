using GenesysCloud.Web.Hosting;

var builder = WebApplication.CreateBuilder(WebEnvironment.Options(StartupArguments.Normalize(args)));
try
{
    builder.AddGenesysCloudWeb();
}
catch (StartupRefusedException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

// The host logs a failed start with a full stack trace; it is rethrown below anyway (one line for a taken
// address, the unhandled exception otherwise), so only the host's errors after start-up go to the log.
var started = false;
builder.Logging.AddFilter(AddressInUse.HostLogCategory, level => level >= LogLevel.Information && (started || level < LogLevel.Error));

var app = builder.Build();
app.UseGenesysCloudWeb();
app.Lifetime.ApplicationStarted.Register(() => started = true);
try
{
    app.Run();
}
catch (IOException ex) when (AddressInUse.Matches(ex))
{
    Console.Error.WriteLine(AddressInUse.Describe(ex));
    return 1;
}
return 0;

public partial class Program { }
