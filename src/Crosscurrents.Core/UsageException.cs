namespace Crosscurrents.Core;

/// <summary>A request that cannot be carried out as asked (an option out of range, a stream that does not exist, a window no source covers); the message says what to do instead.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
