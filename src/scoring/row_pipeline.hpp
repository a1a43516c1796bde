// A large table's rows typed and scored on a second thread. Typing a row
// (IndicatorReader::fill) and scoring it alone (score_one_indicator) are about half of a
// score's instructions, reading the rows and writing them the other half: the caller reads
// rows and hands them over in batches, a worker types and scores each batch, and the caller
// takes the rows back in file order (for their objectives and the output), with each row's
// findings added where a reading on one thread adds them, so the output and the diagnostics
// are the same byte for byte.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <thread>

#include "common/diagnostic.hpp"
#include "model/indicator.hpp"
#include "scoring/policy.hpp"
#include "scoring/scorecard.hpp"

namespace pira {

class TypedRowPipeline {
  public:
    // `take(ind, scored)` for each row `reader` selects, after the row's findings are added to
    // `diags`; both on the caller's thread. `reader` must outlive the pipeline. Batches of 128
    // rows (a few hundred KB with their indicators) stay in the caches between the threads:
    // with 1024 the 205,000-row table took a third more CPU time.
    using Take = std::function<void(const Indicator&, const ScoredIndicator&)>;
    TypedRowPipeline(const IndicatorReader& reader, const Policy& policy, Diagnostics& diags,
                     Take take, std::size_t batch_rows = 128);
    // Drops the rows not yet taken (a reading that failed or starts again).
    ~TypedRowPipeline();
    TypedRowPipeline(const TypedRowPipeline&) = delete;
    TypedRowPipeline& operator=(const TypedRowPipeline&) = delete;

    // `row` is taken: swapped with a spent row, whose buffers the caller's next row reuses.
    void add(TableRow& row);
    // Every row added is typed and taken; rethrows what typing threw.
    void finish();

    struct Batch;
    class Queue;

  private:
    std::unique_ptr<Batch> spare();
    void send();
    void take(Batch& batch);
    void work();

    const IndicatorReader& reader_;
    const Policy& policy_;
    Diagnostics& diags_;
    Take take_;
    std::size_t batch_rows_;
    std::unique_ptr<Queue> to_type_, typed_;
    std::unique_ptr<Batch> current_;
    std::size_t made_ = 0, in_flight_ = 0;
    std::atomic<bool> dropping_ = false;  // the batches left are not to be typed
    std::thread worker_;
};

}  // namespace pira
