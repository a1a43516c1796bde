#include "scoring/row_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace pira {

namespace {
// Batches in existence: one filling, the rest typed or waiting; enough to keep both threads
// busy, few enough that the rows in flight stay a few MB.
constexpr std::size_t kBatches = 4;
}  // namespace

struct TypedRowPipeline::Batch {
    std::vector<TableRow> rows;  // the first `size` are this batch's
    std::size_t size = 0;
    std::vector<Indicator> indicators;
    std::vector<ScoredIndicator> scored;
    std::vector<char> selected;             // fill's verdict per row
    Diagnostics findings;                   // fill's, of every row in turn
    std::vector<std::size_t> findings_end;  // per row: its findings end there
    std::exception_ptr failure;             // what typing it threw
};

// A FIFO of batches between the threads; pop() waits, and gives null once closed and empty.
class TypedRowPipeline::Queue {
  public:
    void push(std::unique_ptr<Batch> b) {
        {
            std::lock_guard lock(mutex_);
            items_.push_back(std::move(b));
        }
        ready_.notify_one();
    }
    std::unique_ptr<Batch> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return nullptr;
        auto b = std::move(items_.front());
        items_.pop_front();
        return b;
    }
    void close() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        ready_.notify_all();
    }

  private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::unique_ptr<Batch>> items_;
    bool closed_ = false;
};

TypedRowPipeline::TypedRowPipeline(const IndicatorReader& reader, const Policy& policy,
                                   Diagnostics& diags, Take take, std::size_t batch_rows)
    : reader_(reader),
      policy_(policy),
      diags_(diags),
      take_(std::move(take)),
      batch_rows_(std::max<std::size_t>(batch_rows, 1)),
      to_type_(std::make_unique<Queue>()),
      typed_(std::make_unique<Queue>()),
      worker_([this] { work(); }) {}

TypedRowPipeline::~TypedRowPipeline() {
    dropping_ = true;
    to_type_->close();
    worker_.join();
}

void TypedRowPipeline::add(TableRow& row) {
    if (!current_) current_ = spare();
    Batch& b = *current_;
    if (b.rows.size() <= b.size) b.rows.emplace_back();
    std::swap(b.rows[b.size++], row);
    if (b.size == batch_rows_) send();
}

void TypedRowPipeline::finish() {
    if (current_ && current_->size > 0) send();
    while (in_flight_ > 0) {
        auto b = typed_->pop();
        --in_flight_;
        take(*b);
    }
}

// A batch to fill: a new one while there are fewer than kBatches, else the oldest sent,
// once typed and taken.
std::unique_ptr<TypedRowPipeline::Batch> TypedRowPipeline::spare() {
    if (made_ < kBatches) {
        ++made_;
        return std::make_unique<Batch>();
    }
    auto b = typed_->pop();
    --in_flight_;
    take(*b);
    b->size = 0;
    return b;
}

void TypedRowPipeline::send() {
    ++in_flight_;
    to_type_->push(std::move(current_));
}

// The batch's rows in order: each row's findings, then the row itself if it was selected.
void TypedRowPipeline::take(Batch& b) {
    if (b.failure) std::rethrow_exception(b.failure);
    const auto& found = b.findings.items();
    std::size_t next = 0;
    for (std::size_t r = 0; r < b.size; ++r) {
        for (; next < b.findings_end[r]; ++next) diags_.add(found[next]);
        if (b.selected[r] != 0) take_(b.indicators[r], b.scored[r]);
    }
}

void TypedRowPipeline::work() {
    bool failed = false;
    while (auto b = to_type_->pop()) {
        b->failure = nullptr;
        if (!failed && !dropping_) {
            try {
                b->findings = Diagnostics();
                if (b->indicators.size() < b->size) b->indicators.resize(b->size);
                if (b->scored.size() < b->size) b->scored.resize(b->size);
                b->selected.resize(b->size);
                b->findings_end.resize(b->size);
                for (std::size_t r = 0; r < b->size; ++r) {
                    Indicator& ind = b->indicators[r];
                    b->selected[r] = reader_.fill(b->rows[r], b->findings, ind);
                    if (b->selected[r])
                        score_one_indicator(ind, policy_, b->findings, b->scored[r]);
                    b->findings_end[r] = b->findings.items().size();
                }
            } catch (...) {
                b->failure = std::current_exception();
                failed = true;  // the batches after it are not typed: the caller stops there
            }
        }
        typed_->push(std::move(b));
    }
}

}  // namespace pira
