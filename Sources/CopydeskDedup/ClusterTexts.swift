import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskText

/// The article texts of some entries of a dedup run, read again from its inputs for the HTML
/// page's diffs.
///
/// Dedup keeps shingles, not texts, so that memory stays bounded by the number of documents; the
/// page needs the words of a few thousand clustered documents, so they are read a second time.
/// The inputs are walked in the same order as the first time (entry *i* is the *i*-th item read),
/// reading stops after the last wanted entry, and an item whose id no longer matches the catalog
/// (an input changed in between) is left out rather than shown against the wrong document.
public enum ClusterTexts {
    /// Texts of `wanted` entries, as dedup compared them: the text field of a JSONL line, the
    /// extracted article of an HTML page.
    public static func load(_ inputs: [String], catalog: Catalog, wanted: [Int]) -> [Int: String] {
        let wanted = Set(wanted)
        guard let last = wanted.max(), !inputs.contains("-") else { return [:] }
        var reader = ArchiveInputs(inputs)
        var texts: [Int: String] = [:]
        var index = 0
        while index <= last, let entry = reader.next() {
            defer { index += 1 }
            guard wanted.contains(index), index < catalog.count, case .document(let archived) = entry else { continue }
            let expected = catalog.entries[index]
            guard expected.isDocument, (expected.id ?? expected.source) == (archived.document.id) else { continue }
            if archived.document.kind == .text {
                texts[index] = archived.document.content
            } else if let article = try? archived.article() {
                texts[index] = article.text
            }
        }
        return texts
    }
}
