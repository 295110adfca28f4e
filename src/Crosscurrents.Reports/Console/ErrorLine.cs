namespace Crosscurrents.Reports.Console;

/// <summary>Errors as one line for a user: never a stack trace.</summary>
public static class ErrorLine
{
    /// <summary>One line for an exception no command handled: what failed, in which command (the first word of
    /// <paramref name="args"/> that is not an option), and what to try.</summary>
    public static string LastResort(Exception ex, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(args);
        var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
        var hint = inner switch
        {
            OutOfMemoryException or InsufficientExecutionStackException => "the input or an option is too large; narrow --from/--to or lower the option",
            UnauthorizedAccessException or IOException => "check the path exists and is readable/writable",
            System.Data.Common.DbException => "the database or an output file could not be read or written; check the path, the free space and that no other crosscurrents process has the database open",
            OperationCanceledException or TimeoutException => "the work was stopped; try a smaller input",
            _ => "this is a bug in Crosscurrents; please report it with the command line",
        };
        var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "crosscurrents";
        var message = inner.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length > 300)
        {
            message = message[..300] + "...";
        }

        return $"error: '{command}' failed ({inner.GetType().Name}: {message}); hint: {hint}";
    }
}
