using System.Text;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// The WHERE clause of an <see cref="EventFilter"/> over the <c>events</c> table, shared by the SQL backends (DuckDB,
/// PostgreSQL): both keep the same column names, so only the parameter placeholder differs.
/// </summary>
/// <remarks>Values are backend-neutral: dates as <see cref="DateOnly"/>, the violence type and fatalities as
/// <see cref="int"/>, names as strings compared case-insensitively with <c>lower()</c>.</remarks>
internal static class EventFilterSql
{
    /// <summary>DuckDB's positional placeholder.</summary>
    public static readonly Func<int, string> QuestionMark = _ => "?";

    /// <summary>PostgreSQL's numbered placeholder ($1, $2, ...).</summary>
    public static readonly Func<int, string> Numbered = i => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The clause (empty, or starting with " WHERE ") and its parameter values in placeholder order.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="placeholder">The placeholder for the parameter at a zero-based position.</param>
    /// <param name="firstParameter">The position of the first parameter (when others come before the clause).</param>
    public static (string Sql, List<object> Parameters) Where(EventFilter filter, Func<int, string> placeholder, int firstParameter = 0)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(placeholder);
        var clauses = new List<string>();
        var parameters = new List<object>();

        string P(object value)
        {
            parameters.Add(value);
            return placeholder(firstParameter + parameters.Count - 1);
        }

        string InList(IReadOnlySet<string> ids)
        {
            var sb = new StringBuilder("(");
            foreach (var id in ids.Order(StringComparer.Ordinal))
            {
                sb.Append(sb.Length > 1 ? ", " : "").Append(P(id));
            }

            return sb.Append(')').ToString();
        }

        if (filter.From is { } from)
        {
            clauses.Add($"date_start >= {P(from)}");
        }

        if (filter.To is { } to)
        {
            clauses.Add($"date_start <= {P(to)}");
        }

        if (filter.Country is { } country)
        {
            clauses.Add($"lower(country) = lower({P(country)})");
        }

        if (filter.Province is { } province)
        {
            clauses.Add($"(lower(province) = lower({P(province)}) OR lower(source_province) = lower({P(province)}))");
        }

        if (filter.District is { } district)
        {
            clauses.Add($"(lower(district) = lower({P(district)}) OR lower(source_district) = lower({P(district)}))");
        }

        if (filter.ViolenceType is { } violence)
        {
            clauses.Add($"violence_type = {P((int)violence)}");
        }

        if (filter.MinFatalities is { } min)
        {
            clauses.Add($"fatalities_best >= {P(min)}");
        }

        if (filter.Dataset is { } dataset)
        {
            clauses.Add($"dataset = {P(dataset)}");
        }

        if (filter.Id is { } id)
        {
            clauses.Add($"id = {P(id)}");
        }

        if (filter.ActorIds is { Count: > 0 } actors)
        {
            if (filter.OpponentIds is { Count: > 0 } opponents)
            {
                var a1 = InList(actors);
                var b1 = InList(opponents);
                var b2 = InList(opponents);
                var a2 = InList(actors);
                clauses.Add($"((side_a_actor IN {a1} AND side_b_actor IN {b1}) OR (side_a_actor IN {b2} AND side_b_actor IN {a2}))");
            }
            else
            {
                var a1 = InList(actors);
                var a2 = InList(actors);
                clauses.Add($"(side_a_actor IN {a1} OR side_b_actor IN {a2})");
            }
        }

        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }
}
