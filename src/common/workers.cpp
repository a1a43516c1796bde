#include "common/workers.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace pira {

unsigned hardware_threads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

unsigned workers_for(unsigned requested, std::size_t count, std::size_t small) {
    unsigned jobs = requested;
    if (jobs == 0) jobs = count < small ? 1 : hardware_threads();
    return static_cast<unsigned>(std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1)));
}

void for_each_index(std::size_t count, unsigned jobs,
                    const std::function<IndexTask(unsigned worker)>& make_task) {
    if (count == 0) return;
    jobs = static_cast<unsigned>(std::clamp<std::size_t>(jobs, 1, count));
    if (jobs == 1) {
        const IndexTask task = make_task(0);
        for (std::size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](unsigned worker) {
        try {
            const IndexTask task = make_task(worker);
            for (std::size_t i = next++; i < count; i = next++) task(i);
        } catch (...) {
            next = count;  // the others finish the index they hold and stop
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(jobs - 1);
    for (unsigned w = 1; w < jobs; ++w) {
        try {
            threads.emplace_back(work, w);
        } catch (const std::system_error&) {
            break;  // no thread to be had: the ones started, and this one, do all the work
        }
    }
    work(0);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace pira
