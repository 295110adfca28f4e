using Crosscurrents.Web;

// `dotnet run --project src/Crosscurrents.Web` or `crosscurrents serve`: the same host.
return WebServer.Run(WebServerOptions.FromArgs(args), args);
