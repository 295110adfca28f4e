using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

/// <summary>Issue 17: <c>serve</c> on a DuckDB file holds the write connection; other processes are told who holds it.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_OnAPortInUse_SaysSoInOneLine_WithoutAStackTrace()
    {
        using var cli = new CliRunner(empty: true);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";
        var (exit, _, error) = cli.Run("serve", "--urls", url);
        Assert.Equal(1, exit);
        Assert.Contains($"--urls {url}: the address is already in use", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);

        // The failed server let go of the file: the next command writes to it.
        Assert.Equal(0, cli.Run("datasets").Exit);
    }

    [Fact]
    public async Task Serve_HoldsTheDuckDbFile_ImportsGoThroughTheApi_AndOtherProcessesAreToldWhoHoldsIt()
    {
        using var cli = new CliRunner(empty: true);
        cli.Json("datasets");
        var (_, key, _) = cli.Run("serve", "--add-key", "tests", "--role", "analyst");
        var url = $"http://127.0.0.1:{FreePort()}";
        var holderFile = cli.Db + ".holder";

        var start = new ProcessStartInfo("dotnet", ["exec", typeof(CliApp).Assembly.Location, "serve", "--urls", url, "--db", cli.Db, "--data-dir", RepositoryData.DataDirectory])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var server = Process.Start(start)!;
        // Its output is read as it comes, so a full pipe never blocks the server.
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        server.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServing(http, server, log);
            Assert.True(File.Exists(holderFile), "the server wrote no holder file");

            // A writer in another process (this one) is refused at once, with one line naming the holder.
            var events = cli.File("one.csv");
            File.WriteAllText(events, "event_id,date_start,country,province,side_a,side_b,fatalities_best,latitude,longitude\n1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n");
            var clock = Stopwatch.StartNew();
            var (exit, output, error) = cli.Run("import", events);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the refused import waited for the lock");
            Assert.Equal((1, ""), (exit, output));
            Assert.Matches(
                $@"^error: {Regex.Escape(cli.Db)} is held by crosscurrents serve \(pid {server.Id}, since \d{{4}}-\d\d-\d\d \d\d:\d\d UTC, {Regex.Escape(url)}\): import through the API \(POST /api/import\) or stop the server$",
                error.TrimEnd('\n'));

            // DuckDB refuses readers of another process too, and the message says so.
            var (readExit, _, readError) = cli.Run("datasets");
            Assert.Equal(1, readExit);
            Assert.Single(readError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("is held by crosscurrents serve", readError, StringComparison.Ordinal);
            Assert.Contains("not even to read: read through the API", readError, StringComparison.Ordinal);

            // The import through the API works while the server holds the file.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import?name=one.csv") { Content = new StringContent(File.ReadAllText(events), System.Text.Encoding.UTF8, "text/csv") };
            request.Headers.Add("X-Api-Key", key.Trim());
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32());
        }
        finally
        {
            Stop(server);
        }

        // Stopped (SIGTERM, as Ctrl+C or systemd would), the server closes the file and removes its holder file; the CLI
        // then writes as before and sees what the API imported.
        Assert.False(File.Exists(holderFile));
        var (after, _, afterError) = cli.Run("import", cli.File("one.csv"));
        Assert.True(after == 0, afterError);
        Assert.Equal(1, cli.Json("events").GetProperty("count").GetInt32());
    }

    private static async Task WaitUntilServing(HttpClient http, Process server, IEnumerable<string> log)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (server.HasExited)
            {
                Assert.Fail("the server stopped: " + string.Join('\n', log));
            }
            try
            {
                using var response = await http.GetAsync("/api/datasets");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail("the server did not answer within 90 s");
    }

    private static void Stop(Process server)
    {
        if (server.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            term.WaitForExit();
        }

        if (!server.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
