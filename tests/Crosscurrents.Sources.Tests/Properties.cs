using Crosscurrents.Sources.Tests.Importing;
using FsCheck.Xunit;

[assembly: Properties(Arbitrary = [typeof(MutationArbitraries)])]

namespace Crosscurrents.Sources.Tests.Importing;

/// <summary>Registers the <see cref="Mutation"/> generator with FsCheck.</summary>
public static class MutationArbitraries
{
    public static FsCheck.Arbitrary<Mutation> Mutation() => Importing.Mutation.Arbitrary();
}
