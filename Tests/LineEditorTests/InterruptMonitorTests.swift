import Foundation
import Synchronization
import Testing

@testable import LineEditor

#if canImport(Glibc)
import Glibc
#endif

@Suite struct InterruptMonitorTests {
  final class Count: Sendable {
    let value = Atomic<Int>(0)
  }

  @Test func sigintBecomesACallbackAndTheProcessLivesOn() throws {
    let count = Count()
    let monitor = try #require(InterruptMonitor { count.value.add(1, ordering: .relaxed) })
    // Test-runner threads may block SIGINT; unblock it here so `raise` delivers at once.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    var previous = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &set, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    raise(SIGINT)
    let deadline = Date().addingTimeInterval(10)
    while count.value.load(ordering: .relaxed) == 0, Date() < deadline { usleep(10_000) }
    #expect(count.value.load(ordering: .relaxed) == 1)
    withExtendedLifetime(monitor) {}
  }
}
