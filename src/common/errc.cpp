#include "common/errc.hpp"

#include <array>
#include <utility>

namespace pira {
namespace {

struct Entry {
    Errc code;
    std::string_view name;
    std::string_view text;
};

// Keep in the order of the enum; a static_assert below checks the count.
constexpr std::array kTable{
    Entry{Errc::ok, "ok", "nessun errore"},
    Entry{Errc::empty_value, "empty_value", "valore vuoto"},
    Entry{Errc::number_expected, "number_expected", "atteso un numero"},
    Entry{Errc::number_bad_grouping, "number_bad_grouping",
          "separatori delle migliaia non validi (gruppi di tre cifre)"},
    Entry{Errc::number_ambiguous, "number_ambiguous",
          "numero ambiguo: la virgola seguita da tre cifre può essere decimale o separatore "
          "delle migliaia"},
    Entry{Errc::unit_unknown, "unit_unknown", "unità di misura sconosciuta"},
    Entry{Errc::type_unknown, "type_unknown", "tipologia di indicatore sconosciuta"},
    Entry{Errc::date_malformed, "date_malformed", "data non valida: attesa gg/mm/aaaa"},
    Entry{Errc::date_incomplete, "date_incomplete", "data incompleta"},
    Entry{Errc::date_invalid, "date_invalid", "data inesistente nel calendario"},
    Entry{Errc::month_unknown, "month_unknown", "nome del mese sconosciuto"},
    Entry{Errc::comparator_without_value, "comparator_without_value", "comparatore senza valore"},
    Entry{Errc::target_malformed, "target_malformed",
          "target non riconosciuto: atteso comparatore e valore (numero, data, si/no)"},
    Entry{Errc::value_unrecognised, "value_unrecognised",
          "valore non riconosciuto: atteso numero, data, si/no o N/D"},
    Entry{Errc::code_malformed, "code_malformed",
          "codice non riconosciuto: atteso ambito_obiettivo_TIPO00 (es. 01_01_OS02)"},
    Entry{Errc::programme_unknown, "programme_unknown",
          "missione o programma non presenti nelle tabelle del D.M. 27/03/2013"},
    Entry{Errc::programme_remapped, "programme_remapped",
          "missione e programma ricondotti alle regole in vigore"},
    Entry{Errc::legacy_unmapped, "legacy_unmapped",
          "obiettivo delle camere preesistenti senza posto nell'albero Pistoia-Prato"},
    Entry{Errc::file_unreadable, "file_unreadable", "file non leggibile"},
    Entry{Errc::encoding_not_utf8, "encoding_not_utf8",
          "il file non è in UTF-8: letto come Windows-1252"},
    Entry{Errc::csv_malformed, "csv_malformed", "CSV non valido"},
    Entry{Errc::json_malformed, "json_malformed", "JSON non valido"},
    Entry{Errc::column_missing, "column_missing", "colonna obbligatoria mancante"},
    Entry{Errc::table_not_found, "table_not_found", "nessuna tabella di indicatori trovata"},
    Entry{Errc::document_sections, "document_sections",
          "il documento contiene piani di più famiglie (sezioni con profili diversi)"},
    Entry{Errc::column_unknown, "column_unknown", "colonna sconosciuta, ignorata"},
    Entry{Errc::column_duplicate, "column_duplicate", "colonna ripetuta"},
    Entry{Errc::indicator_duplicate, "indicator_duplicate",
          "lo stesso indicatore compare due volte nel file"},
    Entry{Errc::indicator_same_name, "indicator_same_name",
          "due indicatori senza codice con lo stesso nome nello stesso obiettivo: distinti "
          "dall'ordine"},
    Entry{Errc::row_too_long, "row_too_long", "la riga ha più celle dell'intestazione"},
    Entry{Errc::row_without_indicator, "row_without_indicator",
          "celle di una riga della tabella senza nome dell'indicatore: non caricate"},
    Entry{Errc::name_description_unsplit, "name_description_unsplit",
          "nome e descrizione nella stessa cella senza nulla che li separi (né grassetto, né "
          "corsivo, né un a capo): il testo è tutto nel nome"},
    Entry{Errc::format_unsupported, "format_unsupported", "formato di file non supportato"},
    Entry{Errc::limit_exceeded, "limit_exceeded",
          "il file supera un limite di lettura: rifiutato senza leggerlo tutto"},
    Entry{Errc::objective_code_missing, "objective_code_missing", "codice obiettivo mancante"},
    Entry{Errc::target_missing, "target_missing", "target mancante"},
    Entry{Errc::actual_missing, "actual_missing",
          "consuntivo assente: indicatore escluso, l'obiettivo usa i pesi restanti"},
    Entry{Errc::actual_not_available, "actual_not_available",
          "consuntivo non disponibile (N/D): indicatore escluso, l'obiettivo usa i pesi restanti"},
    Entry{Errc::weight_missing, "weight_missing", "peso mancante"},
    Entry{Errc::weight_malformed, "weight_malformed",
          "peso non valido: atteso un numero di punti percentuali (es. 20 o 20,00%)"},
    Entry{Errc::weight_negative, "weight_negative", "peso negativo"},
    Entry{Errc::unit_mismatch, "unit_mismatch",
          "target e consuntivo hanno unità di misura diverse"},
    Entry{Errc::kind_mismatch, "kind_mismatch",
          "il consuntivo non è dello stesso tipo del target (data, numero, si/no)"},
    Entry{Errc::target_not_scorable, "target_not_scorable",
          "target testuale: la performance non si può calcolare automaticamente"},
    Entry{Errc::objective_without_weight, "objective_without_weight",
          "nessun indicatore misurato con peso positivo: performance dell'obiettivo non "
          "calcolabile"},
    Entry{Errc::weights_sum_rounding, "weights_sum_rounding",
          "la somma dei pesi differisce da 100 entro l'arrotondamento dei pesi pubblicati"},
    Entry{Errc::weights_sum_wrong, "weights_sum_wrong", "la somma dei pesi non è 100"},
    Entry{Errc::year_not_found, "year_not_found", "nessuna riga per l'anno richiesto"},
    Entry{Errc::year_missing, "year_missing", "anno di riferimento mancante o non valido"},
    Entry{Errc::dataset_empty, "dataset_empty", "il dataset non contiene indicatori"},
    Entry{Errc::dataset_value_untyped, "dataset_value_untyped",
          "valore del dataset senza la sua forma tipizzata (scritto da un altro programma?)"},
    Entry{Errc::return_metadata_missing, "return_metadata_missing",
          "foglio dei metadati _pira mancante"},
    Entry{Errc::return_metadata_altered, "return_metadata_altered",
          "metadati della cartella alterati"},
    Entry{Errc::return_other_dataset, "return_other_dataset", "cartella di un altro dataset"},
    Entry{Errc::return_superseded, "return_superseded",
          "cartella superata da un'esportazione successiva"},
    Entry{Errc::return_other_campaign, "return_other_campaign",
          "cartella di un altro anno o modalità"},
    Entry{Errc::return_locked_changed, "return_locked_changed", "campo bloccato modificato"},
    Entry{Errc::return_row_deleted, "return_row_deleted", "riga eliminata"},
    Entry{Errc::return_row_duplicated, "return_row_duplicated", "riga duplicata"},
    Entry{Errc::return_row_other_area, "return_row_other_area", "riga di un'altra area"},
    Entry{Errc::return_row_unknown, "return_row_unknown", "riga sconosciuta"},
    Entry{Errc::return_value_unfit, "return_value_unfit", "valore non adatto all'unità"},
    Entry{Errc::policy_invalid, "policy_invalid", "politica di calcolo non valida"},
    Entry{Errc::mapping_invalid, "mapping_invalid", "tabella di corrispondenza non valida"},
    Entry{Errc::usage, "usage", "uso non corretto del comando"},
    Entry{Errc::not_implemented, "not_implemented", "comando non ancora disponibile"},
};
static_assert(kTable.size() == static_cast<std::size_t>(Errc::not_implemented) + 1,
              "every Errc needs a row in kTable");

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        if (kTable[i].code != static_cast<Errc>(i)) return false;
    }
    return true;
}
static_assert(in_enum_order(), "kTable rows must follow the order of enum Errc");

const Entry& entry(Errc code) {
    return kTable[static_cast<std::size_t>(code)];
}

}  // namespace

std::string_view message(Errc code) {
    return entry(code).text;
}
std::string_view name(Errc code) {
    return entry(code).name;
}

}  // namespace pira
