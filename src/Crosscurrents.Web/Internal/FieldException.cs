namespace Crosscurrents.Web.Internal;

/// <summary>A request parameter that cannot be read: becomes a 400 problem naming the field.</summary>
internal sealed class FieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
