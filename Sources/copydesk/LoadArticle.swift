import CopydeskArchive
import CopydeskExtract
import CopydeskIngest
import CopydeskText

/// Reads one input (file, URL or `-`) and extracts its article, the way `extract` does.
func loadArticle(_ source: String) throws(IngestError) -> Article {
    try ArticleExtractor().extract(try InputReader().read(source))
}
