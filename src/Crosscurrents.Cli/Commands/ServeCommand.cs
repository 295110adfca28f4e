using Crosscurrents.Web;
using Crosscurrents.Web.Internal;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents serve</c>: the REST API over the same workspace, on loopback unless <c>--urls</c> says
/// otherwise. A DuckDB file is held for as long as it runs: imports go through <c>POST /api/import</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on, separated by ';' (default {WebServerOptions.DefaultUrls}; reads are open, so keep it on loopback)", DefaultValueFactory = _ => WebServerOptions.DefaultUrls };
        var timeout = OptionRange.Int("--fit-timeout", "Seconds a model fit (dynamics, forecast, claims, brief) may run before it is cancelled", 120, 1, 3600);
        var addKey = new Option<string>("--add-key") { Description = "Create an API key with this name (stored hashed beside the database), print it once and exit" };
        var role = new Option<ApiRole>("--role") { Description = "The new key's role: reader, analyst (may import) or admin", DefaultValueFactory = _ => ApiRole.Analyst };
        var command = new Command("serve", "Serve the REST API (OpenAPI at /openapi/v1.json, reference at /scalar): datasets, events, series, dynamics, studies, changepoints, Granger, claims, reported figures, forecasts, the brief.")
        {
            urls, timeout, addKey, role,
        };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var options = new WebServerOptions(workspace.DatabasePath, workspace.DataDirectory, result.GetValue(urls)!)
            {
                LoadShippedData = workspace.LoadShippedData,
                FitTimeout = TimeSpan.FromSeconds(OptionRange.Get(result, timeout, 1, 3600)),
            };
            if (result.GetValue(addKey) is { } name)
            {
                var keys = workspace.DatabasePath + ".keys";
                context.Out.WriteLine(ApiKeys.Create(keys, name, result.GetValue(role)));
                context.Error.WriteLine($"added key '{name}' ({result.GetValue(role).ToString().ToLowerInvariant()}) to {keys}; send it as {ApiKeys.Header}. It is shown only now.");
                return 0;
            }

            context.Error.WriteLine($"serving {workspace.DatabasePath} on {options.Urls} (API reference at /scalar); Ctrl+C stops");
            if (!workspace.IsServerStore)
            {
                context.Error.WriteLine($"while it runs the server holds {Path.GetFileName(workspace.DatabasePath)}: import through the API (POST /api/import); other crosscurrents commands on the file are refused");
            }
            return WebServer.Run(options);
        });
        return command;
    }
}
