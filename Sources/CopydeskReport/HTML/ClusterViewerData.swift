import CopydeskDedup

/// The data the clusters page's script draws from, in compact arrays:
///
/// ```
/// { "outlets":   [ "…" ],
///   "relations": [ "identical", "near_duplicate", "contained", "contains" ],
///   "docs":      [ [ id, source, title, outlet index or -1, published, length ] ],
///   "clusters":  [ [ number, representative doc, doc, relation, similarity, doc, … ] ],
///   "texts":     [ text or null per doc ],
///   "cut":       [ doc indices whose text is only its head ] }
/// ```
/// Only documents in clusters of two or more are listed; `docs` indices are local to the page.
/// Written by ``JSONWriter``, so no text can close the `<script>` block it sits in.
enum ClusterViewerData {
    static func json(_ result: DedupResult, clusters: [[Int]], texts: [Int: String], limit: Int) -> String {
        let catalog = result.catalog
        let relations = Relation.allCases
        var local: [Int: Int] = [:]
        var order: [Int] = []
        for cluster in clusters {
            for entry in cluster where local[entry] == nil {
                local[entry] = order.count
                order.append(entry)
            }
        }
        var json = JSONWriter()
        var cut: [Int] = []
        json.object { root in
            root.field("kind", "clusters")
            root.field("outlets", strings: catalog.outlets)
            root.field("relations", strings: relations.map(\.rawValue))
            root.field("docs") { field in
                field.array { array in
                    for entry in order {
                        let item = catalog.entries[entry]
                        array.array {
                            $0.value(item.id)
                            $0.value(item.source)
                            $0.value(item.title)
                            $0.value(Int(item.outlet))
                            $0.value(item.published)
                            $0.value(item.length)
                        }
                    }
                }
            }
            root.field("clusters") { field in
                field.array { array in
                    for cluster in clusters {
                        guard let first = cluster.first, let assignment = result.assignments[first] else { continue }
                        array.array { row in
                            row.value(assignment.cluster)
                            row.value(local[first] ?? 0)
                            for entry in cluster.dropFirst() {
                                let member = result.assignments[entry]
                                row.value(local[entry] ?? 0)
                                row.value(member?.relation.flatMap { relations.firstIndex(of: $0) } ?? 0)
                                row.value(member?.similarity ?? 0, digits: 3)
                            }
                        }
                    }
                }
            }
            root.field("texts") { field in
                field.array { array in
                    for (position, entry) in order.enumerated() {
                        guard let text = texts[entry] else {
                            array.null()
                            continue
                        }
                        if text.count > limit {
                            cut.append(position)
                            array.value(String(text.prefix(limit)))
                        } else {
                            array.value(text)
                        }
                    }
                }
            }
            root.field("cut") { field in field.array { array in for position in cut { array.value(position) } } }
        }
        return json.output
    }
}
