internal import CopydeskExtract

/// Whether an outlet is a wire agency: the copy an agency sends is the original its clients
/// reprint, so among copies of one day it is a cluster's representative.
enum WireAgency {
    /// True when `outlet` is an agency's name as newsrooms credit it ("AFP", "Agence
    /// France-Presse", "dpa", "EFE" …; ``WireCredit``'s list), whatever the spacing or a leading
    /// "The".
    static func isAgency(_ outlet: String?) -> Bool {
        guard let outlet, !outlet.isEmpty else { return false }
        return WireCredit.agency(named: outlet) != nil
    }
}
