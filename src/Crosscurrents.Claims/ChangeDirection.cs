namespace Crosscurrents.Claims;

/// <summary>The direction a claim expects (<c>expect: increase</c> or <c>decrease</c>).</summary>
public enum ChangeDirection
{
    /// <summary>A rise: supported when the interval of the ratio lies above 1.</summary>
    Increase,

    /// <summary>A fall: supported when the interval lies below 1.</summary>
    Decrease,
}
