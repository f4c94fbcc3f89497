using System.Text.Json;
using System.Xml.Linq;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;

namespace Nexus.Text.Models.Training;

/// <summary>
/// Where the NER model's name lists come from at training time: GeoNames cities ≥ 15k, admin-1
/// regions and countries and the countries list (places), its demonyms (nationalities), MISP
/// terrorist groups and intelligence agencies with synonyms and UN-listed entities (organisations).
/// </summary>
public static class NerGazetteerSources
{
    public static NerGazetteer Load(SharedCorpora corpora)
    {
        var root = corpora.Root;
        var names = new List<(string, byte)>();
        foreach (var line in File.ReadLines(Path.Combine(root, "geonames", "cities15000.txt")))
        {
            var fields = line.Split('\t');
            names.Add((fields[1], NerGazetteer.Location));
            names.Add((fields[2], NerGazetteer.Location));
        }
        foreach (var line in File.ReadLines(Path.Combine(root, "geonames", "admin1CodesASCII.txt")))
        {
            var fields = line.Split('\t');
            names.Add((fields[1], NerGazetteer.Location));
            names.Add((fields[2], NerGazetteer.Location));
        }
        foreach (var line in File.ReadLines(Path.Combine(root, "countries", "demonyms_eng.tsv")).Where(l => !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            names.Add((fields[2], NerGazetteer.Location));
            names.Add((fields[3], NerGazetteer.Location));
            names.AddRange(fields[6].Split('|').Where(s => s.Length > 3).Select(s => (s, NerGazetteer.Location)));
            names.Add((fields[4], NerGazetteer.Nationality));
            names.Add((fields[5], NerGazetteer.Nationality));
        }
        foreach (var file in new[] { "terrorist-groups.json", "intelligence-agencies.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "misp-galaxy", file)));
            foreach (var value in json.RootElement.GetProperty("values").EnumerateArray())
            {
                names.Add((value.GetProperty("value").GetString()!, NerGazetteer.Organization));
                if (value.TryGetProperty("meta", out var meta) && meta.TryGetProperty("synonyms", out var synonyms))
                {
                    names.AddRange(synonyms.EnumerateArray().Select(s => (s.GetString()!, NerGazetteer.Organization)));
                }
            }
        }
        var sanctions = Directory.GetFiles(Path.Combine(root, "un-sanctions"), "*.xml").Order(StringComparer.Ordinal).First();
        foreach (var entity in XDocument.Load(sanctions).Descendants("ENTITY"))
        {
            if (entity.Element("FIRST_NAME")?.Value is { Length: > 0 } name)
            {
                names.Add((name, NerGazetteer.Organization));
            }
        }
        return NerGazetteer.Build(names);
    }
}
