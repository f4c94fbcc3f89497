namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// Builds the committed reference artefacts (data/*.gz) from the open data in ../shared/data:
/// the UN consolidated list, MISP galaxies, GeoNames, country names and demonyms, and the mention
/// gazetteer whose case rules come from two English corpora. The same input always gives the
/// same file contents. This is what <c>nexus data build --from ../shared/data</c> runs.
/// </summary>
public static class ReferenceDataBuilder
{
    /// <summary>Reads <paramref name="sharedDataDir"/> (the folder holding un-sanctions/, misp-galaxy/, …) and writes every artefact into <paramref name="outputDir"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The data folder, or one of the sets in it, is missing.</exception>
    public static BuildReport Build(string sharedDataDir, string outputDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(sharedDataDir);
        ArgumentException.ThrowIfNullOrEmpty(outputDir);
        foreach (var set in new[] { "un-sanctions", "misp-galaxy", "geonames", "countries", "ud-english-ewt", "gmb" })
        {
            if (!Directory.Exists(Path.Combine(sharedDataDir, set)))
            {
                throw new DirectoryNotFoundException($"The data folder {sharedDataDir} has no {set}/ set: pass the shared/data folder.");
            }
        }
        Directory.CreateDirectory(outputDir);

        var countries = CountrySource.Read(sharedDataDir);
        var un = UnListReader.Read(Directory.GetFiles(Path.Combine(sharedDataDir, "un-sanctions"), "*.xml").Order(StringComparer.Ordinal).Last(), countries);
        var misp = MispReader.Read(Path.Combine(sharedDataDir, "misp-galaxy"), countries, un);
        var personWords = un.Where(r => r.Type == EntityType.Person).SelectMany(r => r.AllNames).SelectMany(CorpusCounts.Words)
            .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var places = GeoNamesReader.Read(Path.Combine(sharedDataDir, "geonames"), countries, personWords);
        var gazetteer = GazetteerCompiler.Compile(sharedDataDir, [.. un, .. misp], places, countries.Countries, out var statistics);

        ArtefactFiles.WriteLines(Path.Combine(outputDir, ArtefactFiles.UnSanctions), un.Select(ArtefactFiles.ToJson));
        ArtefactFiles.WriteLines(Path.Combine(outputDir, ArtefactFiles.MispGalaxy), misp.Select(ArtefactFiles.ToJson));
        ArtefactFiles.WriteLines(Path.Combine(outputDir, ArtefactFiles.Places), places.Select(ArtefactRows.Format));
        ArtefactFiles.WriteLines(Path.Combine(outputDir, ArtefactFiles.Countries), countries.Countries.Select(ArtefactRows.Format));
        ArtefactFiles.WriteLines(Path.Combine(outputDir, ArtefactFiles.Gazetteer), gazetteer.Select(ArtefactRows.Format));

        return new BuildReport(
            [.. ArtefactFiles.Built.Select(f => new BuiltFile(f, new FileInfo(Path.Combine(outputDir, f)).Length))],
            un.Count(r => r.Type == EntityType.Person),
            un.Count(r => r.Type != EntityType.Person),
            misp.Count,
            places.Count,
            countries.Countries.Count,
            statistics);
    }
}
