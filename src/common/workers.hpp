// A pool for work split by index (a PDF's pages). Each worker builds its own state once (a
// Poppler document: Poppler's objects are not shared between threads), then takes the next
// index until none is left. Results go into slots by index, so the output never depends on
// which thread did what.
#pragma once

#include <cstddef>
#include <functional>

namespace pira {

// What one worker does with index i.
using IndexTask = std::function<void(std::size_t)>;

// Runs task(i) for every i in [0, count) on `jobs` workers (never more than count), the calling
// thread being worker 0. make_task(w) is called once, in worker w's own thread, before it takes
// any index. The first exception a task or make_task throws stops the others taking new indices
// and is rethrown here once every worker has stopped. jobs <= 1: in order, on this thread.
void for_each_index(std::size_t count, unsigned jobs,
                    const std::function<IndexTask(unsigned worker)>& make_task);

// The workers for `count` items: `requested`, or when it is 0 (automatic) the hardware threads,
// or 1 below `small` items, where starting a worker costs more than it saves; never more than
// count, never less than 1.
unsigned workers_for(unsigned requested, std::size_t count, std::size_t small);

// std::thread::hardware_concurrency(), at least 1.
unsigned hardware_threads();

}  // namespace pira
