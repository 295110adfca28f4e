using Crosscurrents.Cli;

return CliApp.Run(args, Console.Out, Console.Error, TimeProvider.System, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected);
