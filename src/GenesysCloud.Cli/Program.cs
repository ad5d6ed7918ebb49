using GenesysCloud.Cli;

return await CliApplication.RunAsync(args, CliEnvironment.FromConsole());
