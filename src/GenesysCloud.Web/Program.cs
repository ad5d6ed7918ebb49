using GenesysCloud.Web.Hosting;

var builder = WebApplication.CreateBuilder(StartupArguments.Normalize(args));
builder.AddGenesysCloudWeb();

var app = builder.Build();
app.UseGenesysCloudWeb();
app.Run();

public partial class Program { }
