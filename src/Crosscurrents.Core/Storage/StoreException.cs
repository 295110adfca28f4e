namespace Crosscurrents.Core.Storage;

/// <summary>The store could not do what was asked; the message says which store and why. Every backend throws this
/// for failures a user can act on (cannot open, read-only, not a store, another writer holds it).</summary>
public sealed class StoreException : Exception
{
    /// <summary>A store failure without a message.</summary>
    public StoreException()
    {
    }

    /// <summary>A store failure with a message naming the store and the reason.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>A store failure caused by a driver error.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
