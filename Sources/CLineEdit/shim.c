#include "CLineEdit.h"
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <stdlib.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int clineedit_version(void) { return LIBEDIT_MAJOR * 100 + LIBEDIT_MINOR; }

int clineedit_setup_locale(void) {
  const char *l = setlocale(LC_CTYPE, "");
  if (l == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
  }
  return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

EditLine *clineedit_init(const char *program, FILE *in, FILE *out, FILE *err) {
  return el_init(program, in, out, err);
}
void clineedit_end(EditLine *el) { el_end(el); }
int clineedit_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
  return el_set(el, EL_PROMPT, prompt);
}
int clineedit_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int clineedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int clineedit_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *clineedit_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}
int clineedit_add_function(
  EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
int clineedit_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}
int clineedit_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

const char *clineedit_gets(EditLine *el, int *count) { return el_gets(el, count); }
int clineedit_line(EditLine *el, const char **buffer, int *cursor, int *length) {
  const LineInfo *li = el_line(el);
  if (li == NULL) return -1;
  *buffer = li->buffer;
  *cursor = (int)(li->cursor - li->buffer);
  *length = (int)(li->lastchar - li->buffer);
  return 0;
}
int clineedit_insert(EditLine *el, const char *text) { return el_insertstr(el, text); }
void clineedit_delete_before_cursor(EditLine *el, int characters) { el_deletestr(el, characters); }
void clineedit_reset(EditLine *el) { el_reset(el); }

History *clineedit_history_init(void) { return history_init(); }
void clineedit_history_end(History *h) { history_end(h); }
int clineedit_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
int clineedit_history_set_unique(History *h, int on) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, on);
}
int clineedit_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
int clineedit_history_clear(History *h) {
  HistEvent ev;
  return history(h, &ev, H_CLEAR);
}
int clineedit_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
int clineedit_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

static volatile sig_atomic_t sigint_count = 0;
static int sigint_pipe[2] = {-1, -1};
static int wake_pipe[2] = {-1, -1};

static void drain(int fd) {
  char scratch[64];
  while (fd >= 0 && read(fd, scratch, sizeof scratch) > 0) {
  }
}

void clineedit_clear_wake(void) { drain(wake_pipe[0]); }

/// Reads one character from stdin as a wide character; returns 1, 0 at end of input, or
/// -1 with errno EINTR when Ctrl-C was pressed (the signal handler writes to wake_pipe).
static int clineedit_getc(EditLine *el, wchar_t *wc) {
  (void)el;
  char bytes[MB_LEN_MAX];
  size_t have = 0;
  for (;;) {
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
    int ready = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, -1);
    if (ready < 0) {
      if (errno == EINTR && sigint_count == 0) continue;
      if (errno == EINTR) drain(wake_pipe[0]);
      return -1;
    }
    if (wake_pipe[0] >= 0 && (fds[1].revents & POLLIN)) {
      drain(wake_pipe[0]);
      errno = EINTR;
      return -1;
    }
    if (fds[0].revents == 0) continue;
    ssize_t n = read(STDIN_FILENO, bytes + have, 1);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    have += 1;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    size_t used = mbrtowc(wc, bytes, have, &state);
    if (used == (size_t)-2 && have < sizeof bytes) continue;
    if (used == (size_t)-1 || used == (size_t)-2) *wc = 0xFFFD;
    if (used == 0) *wc = 0;
    return 1;
  }
}

int clineedit_use_interruptible_getc(EditLine *el) {
  return el_set(el, EL_GETCFN, clineedit_getc);
}

static void clineedit_on_sigint(int signo) {
  (void)signo;
  int saved = errno;
  sigint_count = sigint_count + 1;
  char byte = 1;
  if (sigint_pipe[1] >= 0) {
    ssize_t r = write(sigint_pipe[1], &byte, 1);
    (void)r;
  }
  if (wake_pipe[1] >= 0) {
    ssize_t r = write(wake_pipe[1], &byte, 1);
    (void)r;
  }
  errno = saved;
}

int clineedit_install_sigint(void) {
  int *pipes[2] = {sigint_pipe, wake_pipe};
  for (int p = 0; p < 2; p++) {
    if (pipes[p][0] >= 0) continue;
    if (pipe(pipes[p]) != 0) return -1;
    for (int i = 0; i < 2; i++) {
      fcntl(pipes[p][i], F_SETFL, fcntl(pipes[p][i], F_GETFL) | O_NONBLOCK);
      fcntl(pipes[p][i], F_SETFD, FD_CLOEXEC);
    }
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = clineedit_on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  if (sigaction(SIGINT, &sa, NULL) != 0) return -1;
  return sigint_pipe[0];
}

int clineedit_restore_sigint(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  sigemptyset(&sa.sa_mask);
  return sigaction(SIGINT, &sa, NULL);
}

int clineedit_take_sigint(void) {
  int n = sigint_count;
  sigint_count = 0;
  return n;
}

int clineedit_isatty(int fd) { return isatty(fd); }

int clineedit_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col;
}
