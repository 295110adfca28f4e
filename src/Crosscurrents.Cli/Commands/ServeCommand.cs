using System.CommandLine;
using Crosscurrents.Web;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents serve</c>: the REST API over the same workspace (read-only), on loopback unless <c>--urls</c> says otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on, separated by ';' (default {WebServerOptions.DefaultUrls}; reads are open, so keep it on loopback)", DefaultValueFactory = _ => WebServerOptions.DefaultUrls };
        var timeout = OptionRange.Int("--fit-timeout", "Seconds a model fit (dynamics, forecast, claims, brief) may run before it is cancelled", 120, 1, 3600);
        var command = new Command("serve", "Serve the REST API (OpenAPI at /openapi/v1.json, reference at /scalar): datasets, events, series, dynamics, studies, changepoints, Granger, claims, reported figures, forecasts, the brief.")
        {
            urls, timeout,
        };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var options = new WebServerOptions(workspace.DatabasePath, workspace.DataDirectory, result.GetValue(urls)!)
            {
                LoadShippedData = workspace.LoadShippedData,
                FitTimeout = TimeSpan.FromSeconds(OptionRange.Get(result, timeout, 1, 3600)),
            };
            context.Error.WriteLine($"serving {workspace.DatabasePath} on {options.Urls} (API reference at /scalar); Ctrl+C stops");
            return WebServer.Run(options);
        });
        return command;
    }
}
