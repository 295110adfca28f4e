namespace Crosscurrents.Claims;

/// <summary>The claim-kind vocabulary: the one place that spells each test's name as claim files write it.</summary>
public static class ClaimKinds
{
    private static readonly (ClaimKind Kind, string Name)[] Table =
    [
        (ClaimKind.Peak, "peak"),
        (ClaimKind.Change, "change"),
        (ClaimKind.AfterVsBefore, "after-vs-before"),
        (ClaimKind.Regroup, "regroup"),
        (ClaimKind.Excites, "excites"),
        (ClaimKind.Deters, "deters"),
        (ClaimKind.Share, "share"),
        (ClaimKind.Links, "links"),
    ];

    /// <summary>Every kind, in the order the documentation lists them.</summary>
    public static IReadOnlyList<ClaimKind> All { get; } = [.. Table.Select(t => t.Kind)];

    /// <summary>Every name, in the same order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The name of a kind as claim files write it (<c>after-vs-before</c>).</summary>
    public static string Name(this ClaimKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The kind a claim file's <c>test:</c> names, or null when it names none.</summary>
    public static ClaimKind? Parse(string name) => Table.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal)) is { Name: not null } hit ? hit.Kind : null;
}
