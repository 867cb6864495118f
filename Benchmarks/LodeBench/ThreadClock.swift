import Foundation

/// CPU seconds the calling thread has run: on a busy machine this, unlike the wall clock,
/// leaves out the time the thread waited for a core.
func threadCPUSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
