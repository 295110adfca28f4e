using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.Ucdp;

/// <summary>
/// UCDP Candidate Events CSV: monthly candidate releases with the GED columns. The header is the same as GED's,
/// so the file name tells them apart (<c>GEDEvent_v25_0_3.csv</c>: a <c>_0_</c> release, or "candidate" in the name);
/// <c>--format ucdp-candidate</c> forces it.
/// </summary>
public sealed partial class UcdpCandidateImporter : UcdpGedImporter
{
    public override string Format => "ucdp-candidate";

    public override string Description => "UCDP Candidate event CSV (GED columns; file named GEDEvent_vYY_0_M or *candidate*)";

    protected override string Dataset => "ucdp-candidate";

    public override bool Recognises(IReadOnlyList<string> header, string fileName) =>
        HasKeyColumns(header) && IsCandidateFileName(fileName);

    public static bool IsCandidateFileName(string fileName) => CandidateName().IsMatch(Path.GetFileName(fileName));

    [GeneratedRegex(@"(candidate|_v\d{2}_0_\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateName();
}
