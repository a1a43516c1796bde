#include "writers/report_xlsx.hpp"

#include <xlsxwriter.h>

#include "writers/xlsx_style.hpp"

#include <cstdio>

namespace pira {
namespace {

struct Column {
    const char* header;
    double width;
};

// Formats shared by every sheet, created once per workbook.
struct Formats {
    lxw_format* header;
    lxw_format* percent;  // fractions shown as 95,30 % (Excel applies the Italian separators)
    lxw_format* points;   // weights in percent points: 20,00
    lxw_format* text;     // wrapped text
    lxw_format* datetime;
    lxw_format* green;
    lxw_format* yellow;
    lxw_format* red;
};

Formats make_formats(lxw_workbook* wb) {
    Formats f{};
    f.header = add_header_format(wb);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    f.points = workbook_add_format(wb);
    format_set_num_format(f.points, "0.00");
    f.text = workbook_add_format(wb);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.datetime = workbook_add_format(wb);
    format_set_num_format(f.datetime, "dd/mm/yyyy hh:mm");
    auto fill = [&](lxw_color_t bg, lxw_color_t fg) {
        lxw_format* x = workbook_add_format(wb);
        format_set_bg_color(x, bg);
        format_set_font_color(x, fg);
        return x;
    };
    f.green = fill(0xC6EFCE, 0x006100);
    f.yellow = fill(0xFFEB9C, 0x9C5700);
    f.red = fill(0xFFC7CE, 0x9C0006);
    return f;
}

class Sheet {
  public:
    Sheet(lxw_workbook* wb, const Formats& f, const char* name, std::vector<Column> columns)
        : ws_(workbook_add_worksheet(wb, name)), f_(f), columns_(std::move(columns)) {
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            worksheet_set_column(ws_, col(c), col(c), columns_[c].width, nullptr);
            worksheet_write_string(ws_, 0, col(c), columns_[c].header, f_.header);
        }
        worksheet_freeze_panes(ws_, 1, 0);
    }

    // Starts the next data row.
    void next_row() {
        ++row_;
        cell_ = 0;
    }
    void text(const std::string& s, bool wrap = false) {
        if (!s.empty())
            worksheet_write_string(ws_, row_, col(cell_), s.c_str(), wrap ? f_.text : nullptr);
        ++cell_;
    }
    void number(const std::optional<double>& v, lxw_format* format) {
        if (v) worksheet_write_number(ws_, row_, col(cell_), *v, format);
        ++cell_;
    }
    void percent(const std::optional<double>& points) {
        number(points ? std::optional<double>(*points / 100.0) : std::nullopt, f_.percent);
    }
    void integer(std::size_t v) { number(static_cast<double>(v), nullptr); }

    // Autofilter over the table, and traffic lights at 80 % and 60 % on the column `c`.
    void finish(std::optional<std::size_t> traffic_light_column) {
        const lxw_row_t last = std::max<lxw_row_t>(row_, 1);
        worksheet_autofilter(ws_, 0, 0, last, col(columns_.size() - 1));
        if (!traffic_light_column || row_ == 0) return;
        const lxw_col_t c = col(*traffic_light_column);
        rule(c, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, 0.8, 0, f_.green);
        rule(c, LXW_CONDITIONAL_CRITERIA_BETWEEN, 0.6, 0.79999999, f_.yellow);
        rule(c, LXW_CONDITIONAL_CRITERIA_LESS_THAN, 0.6, 0, f_.red);
    }

    lxw_worksheet* handle() { return ws_; }
    lxw_row_t rows() const { return row_; }

  private:
    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

    void rule(lxw_col_t c, uint8_t criteria, double a, double b, lxw_format* format) {
        lxw_conditional_format cf{};
        cf.type = LXW_CONDITIONAL_TYPE_CELL;
        cf.criteria = criteria;
        if (criteria == LXW_CONDITIONAL_CRITERIA_BETWEEN) {
            cf.min_value = a;
            cf.max_value = b;
        } else {
            cf.value = a;
        }
        cf.format = format;
        worksheet_conditional_format_range(ws_, 1, c, row_, c, &cf);
    }

    lxw_worksheet* ws_;
    const Formats& f_;
    std::vector<Column> columns_;
    lxw_row_t row_ = 0;
    std::size_t cell_ = 0;
};

std::string status(const std::optional<double>& p, const Policy& policy) {
    return p ? std::string(status_of(*p, policy)) : std::string("non calcolabile");
}

void ente_sheet(lxw_workbook* wb, const Formats& f, const ReportData& d) {
    Sheet s(wb, f, "Ente",
            {{"Ente", 40},
             {"Anno", 8},
             {"Performance", 13},
             {"Esito", 24},
             {"Obiettivi strategici", 12},
             {"Metodo di calcolo", 50}});
    s.next_row();
    s.text(d.ente);
    s.number(d.year ? std::optional<double>(*d.year) : std::nullopt, nullptr);
    s.percent(d.card->ente);
    s.text(status(d.card->ente, *d.policy));
    s.integer(d.card->strategic_objectives.size());
    s.text(d.policy->name);
    s.finish(2);
}

void group_sheet(lxw_workbook* wb, const Formats& f, const char* name, const char* child,
                 const std::vector<ScoredGroup>& groups, const Policy& p, bool with_area) {
    std::vector<Column> cols{
        {name == std::string("Aree strategiche") ? "Area strategica" : "Obiettivo strategico", 60}};
    if (with_area) cols.push_back({"Area strategica", 45});
    cols.insert(cols.end(), {{"Peso", 8}, {"Performance", 13}, {"Esito", 24}, {child, 12}});
    Sheet s(wb, f, name, cols);
    for (const auto& g : groups) {
        s.next_row();
        s.text(g.name, true);
        if (with_area) s.text(g.area, true);
        s.number(g.weight, nullptr);
        s.percent(g.performance);
        s.text(status(g.performance, p));
        s.integer(g.children);
    }
    s.finish(with_area ? 3 : 2);
}

void objectives_sheet(lxw_workbook* wb, const Formats& f, const ReportData& d) {
    Sheet s(wb, f, "Obiettivi",
            {{"Codice", 13},
             {"Obiettivo", 55},
             {"Obiettivo strategico", 40},
             {"Area strategica", 35},
             {"Peso", 8},
             {"Performance", 13},
             {"Esito", 24},
             {"Somma pesi indicatori", 12},
             {"Indicatori", 11},
             {"Esclusi (N/D)", 11}});
    for (const auto& o : d.card->objectives) {
        s.next_row();
        s.text(o.code);
        s.text(o.name, true);
        s.text(o.strategic_objective, true);
        s.text(o.area, true);
        s.number(o.weight, nullptr);
        s.percent(o.performance);
        s.text(status(o.performance, *d.policy));
        s.number(o.weights_sum, nullptr);
        s.integer(o.indicators);
        s.integer(o.excluded);
    }
    s.finish(5);
    if (s.rows() == 0) return;
    // Bar chart of objective performance, beside the table.
    lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_BAR);
    char categories[64], values[64];
    std::snprintf(categories, sizeof categories, "=Obiettivi!$A$2:$A$%u", s.rows() + 1);
    std::snprintf(values, sizeof values, "=Obiettivi!$F$2:$F$%u", s.rows() + 1);
    lxw_chart_series* series = chart_add_series(chart, categories, values);
    chart_series_set_name(series, "Performance");
    chart_title_set_name(chart, "Performance degli obiettivi");
    chart_axis_set_min(chart->x_axis, 0);
    chart_axis_set_max(chart->x_axis, 1);
    chart_axis_set_num_format(chart->x_axis, "0%");
    chart_axis_set_reverse(chart->y_axis);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = std::max(1.0, static_cast<double>(s.rows()) / 12.0);
    worksheet_insert_chart_opt(s.handle(), 1, 11, chart, &options);
}

void indicators_sheet(lxw_workbook* wb, const Formats& f, const ReportData& d) {
    Sheet s(wb, f, "Indicatori",
            {{"Codice obiettivo", 13},
             {"Codice indicatore", 22},
             {"Indicatore", 60},
             {"Target", 18},
             {"Consuntivo", 14},
             {"Peso", 8},
             {"Performance", 13},
             {"Esito", 24},
             {"Fonte", 40}});
    for (const auto& i : d.card->indicators) {
        s.next_row();
        s.text(i.objective_code);
        s.text(i.code);
        s.text(i.name, true);
        s.text(i.target);
        s.text(i.excluded ? std::string("N/D") : i.actual);
        s.number(i.weight, f.points);
        s.percent(i.performance);
        s.text(i.excluded ? std::string("escluso (N/D)") : status(i.performance, *d.policy));
        s.text(i.source_ref);
    }
    s.finish(6);
}

void findings_sheet(lxw_workbook* wb, const Formats& f, const ReportData& d) {
    Sheet s(wb, f, "Validazione",
            {{"Gravità", 10}, {"Codice", 24}, {"Dove", 40}, {"Valore", 30}, {"Messaggio", 80}});
    for (const auto& x : d.findings) {
        s.next_row();
        s.text(x.severity == Severity::error ? "errore" : "avviso");
        s.text(std::string(name(x.code)));
        s.text(x.place.to_string());
        s.text(x.value, true);
        std::string msg(message(x.code));
        if (!x.detail.empty()) msg += " (" + x.detail + ")";
        if (!x.hint.empty()) msg += ". Suggerimento: " + x.hint;
        s.text(msg, true);
    }
    s.finish(std::nullopt);
}

std::optional<lxw_datetime> parse_iso(const std::string& s) {
    lxw_datetime t{};
    double seconds = 0;
    if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%lfZ", &t.year, &t.month, &t.day, &t.hour, &t.min,
                    &seconds) != 6) {
        return std::nullopt;
    }
    t.sec = seconds;
    return t;
}

void sources_sheet(lxw_workbook* wb, const Formats& f, const ReportData& d) {
    Sheet s(wb, f, "Fonti",
            {{"N.", 6},
             {"Documento", 40},
             {"File", 40},
             {"Tipo", 8},
             {"Ente", 35},
             {"Anno", 8},
             {"Caricato il", 17},
             {"Sostituito da", 12},
             {"SHA-256", 66}});
    for (const auto& doc : d.documents) {
        s.next_row();
        s.integer(static_cast<std::size_t>(doc.id));
        s.text(doc.title, true);
        s.text(doc.file_name);
        s.text(doc.kind);
        s.text(doc.ente);
        s.number(doc.year ? std::optional<double>(*doc.year) : std::nullopt, nullptr);
        if (auto t = parse_iso(doc.loaded_at)) {
            worksheet_write_datetime(s.handle(), s.rows(), 6, &*t, f.datetime);
        }
        s.text({});  // the date cell, written above
        s.number(doc.replaced_by ? std::optional<double>(static_cast<double>(*doc.replaced_by))
                                 : std::nullopt,
                 nullptr);
        s.text(doc.sha256);
    }
    s.finish(std::nullopt);
}

}  // namespace

bool write_report_xlsx(const std::string& path, const ReportData& d, std::string& error) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (wb == nullptr) {
        error = "impossibile creare il file";
        return false;
    }
    lxw_doc_properties props{};
    // libxlsxwriter takes char*, and copies the strings.
    std::string title = "Performance " + d.ente + (d.year ? " " + std::to_string(*d.year) : "");
    std::string author = "pira";
    props.title = title.data();
    props.author = author.data();
    workbook_set_properties(wb, &props);

    const Formats f = make_formats(wb);
    ente_sheet(wb, f, d);
    group_sheet(wb, f, "Aree strategiche", "Obiettivi strategici", d.card->areas, *d.policy, false);
    group_sheet(wb, f, "Obiettivi strategici", "Obiettivi", d.card->strategic_objectives, *d.policy,
                true);
    objectives_sheet(wb, f, d);
    indicators_sheet(wb, f, d);
    findings_sheet(wb, f, d);
    sources_sheet(wb, f, d);
    const lxw_error rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        error = lxw_strerror(rc);
        return false;
    }
    return true;
}

}  // namespace pira
