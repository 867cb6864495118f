#include "CLineEdit.h"
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int clineedit_version(void) { return LIBEDIT_MAJOR * 100 + LIBEDIT_MINOR; }

/// libedit's entry points, found with dlsym: the library is loaded only when an
/// interactive editor starts, so `lode -c LINE` never maps it (or libtinfo, libbsd, libmd).
struct clineedit_library {
  EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
  void (*el_end)(EditLine *);
  int (*el_set)(EditLine *, int, ...);
  int (*el_get)(EditLine *, int, ...);
  const char *(*el_gets)(EditLine *, int *);
  const LineInfo *(*el_line)(EditLine *);
  int (*el_insertstr)(EditLine *, const char *);
  void (*el_deletestr)(EditLine *, int);
  void (*el_reset)(EditLine *);
  History *(*history_init)(void);
  void (*history_end)(History *);
  int (*history)(History *, HistEvent *, int, ...);
};

static struct clineedit_library lib;
static int lib_loaded = 0;
static pthread_mutex_t lib_lock = PTHREAD_MUTEX_INITIALIZER;

static void copy_error(char *error, size_t capacity, const char *text) {
  if (error == NULL || capacity == 0) return;
  snprintf(error, capacity, "%s", text != NULL ? text : "unknown error");
}

int clineedit_load(const char *soname, char *error, size_t capacity) {
  pthread_mutex_lock(&lib_lock);
  void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    copy_error(error, capacity, dlerror());
    pthread_mutex_unlock(&lib_lock);
    return 0;
  }
  struct clineedit_library found;
  struct {
    const char *name;
    void **slot;
  } symbols[] = {
    {"el_init", (void **)&found.el_init},
    {"el_end", (void **)&found.el_end},
    {"el_set", (void **)&found.el_set},
    {"el_get", (void **)&found.el_get},
    {"el_gets", (void **)&found.el_gets},
    {"el_line", (void **)&found.el_line},
    {"el_insertstr", (void **)&found.el_insertstr},
    {"el_deletestr", (void **)&found.el_deletestr},
    {"el_reset", (void **)&found.el_reset},
    {"history_init", (void **)&found.history_init},
    {"history_end", (void **)&found.history_end},
    {"history", (void **)&found.history},
  };
  for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
    *symbols[i].slot = dlsym(handle, symbols[i].name);
    if (*symbols[i].slot == NULL) {
      char text[256];
      snprintf(text, sizeof text, "%s: symbol %s not found", soname, symbols[i].name);
      copy_error(error, capacity, text);
      dlclose(handle);
      pthread_mutex_unlock(&lib_lock);
      return 0;
    }
  }
  // The first library that loads is kept: calls already made through it stay valid.
  if (!lib_loaded) {
    lib = found;
    lib_loaded = 1;
  } else {
    dlclose(handle);
  }
  pthread_mutex_unlock(&lib_lock);
  return 1;
}

int clineedit_loaded(void) {
  pthread_mutex_lock(&lib_lock);
  int loaded = lib_loaded;
  pthread_mutex_unlock(&lib_lock);
  return loaded;
}

int clineedit_setup_locale(void) {
  const char *l = setlocale(LC_CTYPE, "");
  if (l == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
  }
  return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

EditLine *clineedit_init(const char *program, FILE *in, FILE *out, FILE *err) {
  if (!clineedit_loaded()) return NULL;
  return lib.el_init(program, in, out, err);
}
void clineedit_end(EditLine *el) { lib.el_end(el); }
int clineedit_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
  return lib.el_set(el, EL_PROMPT, prompt);
}
int clineedit_set_editor(EditLine *el, const char *mode) { return lib.el_set(el, EL_EDITOR, mode); }
int clineedit_set_signal(EditLine *el, int on) { return lib.el_set(el, EL_SIGNAL, on); }
int clineedit_set_clientdata(EditLine *el, void *data) {
  return lib.el_set(el, EL_CLIENTDATA, data);
}
void *clineedit_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (lib.el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}
int clineedit_add_function(
  EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
  return lib.el_set(el, EL_ADDFN, name, help, fn);
}
int clineedit_bind(EditLine *el, const char *key, const char *function) {
  return lib.el_set(el, EL_BIND, key, function, NULL);
}
int clineedit_set_history(EditLine *el, History *h) {
  return lib.el_set(el, EL_HIST, lib.history, h);
}

const char *clineedit_gets(EditLine *el, int *count) { return lib.el_gets(el, count); }
int clineedit_line(EditLine *el, const char **buffer, int *cursor, int *length) {
  const LineInfo *li = lib.el_line(el);
  if (li == NULL) return -1;
  *buffer = li->buffer;
  *cursor = (int)(li->cursor - li->buffer);
  *length = (int)(li->lastchar - li->buffer);
  return 0;
}
int clineedit_insert(EditLine *el, const char *text) { return lib.el_insertstr(el, text); }
void clineedit_delete_before_cursor(EditLine *el, int characters) {
  lib.el_deletestr(el, characters);
}
void clineedit_reset(EditLine *el) { lib.el_reset(el); }

History *clineedit_history_init(void) {
  if (!clineedit_loaded()) return NULL;
  return lib.history_init();
}
void clineedit_history_end(History *h) { lib.history_end(h); }
int clineedit_history_set_size(History *h, int size) {
  HistEvent ev;
  return lib.history(h, &ev, H_SETSIZE, size);
}
int clineedit_history_set_unique(History *h, int on) {
  HistEvent ev;
  return lib.history(h, &ev, H_SETUNIQUE, on);
}
int clineedit_history_enter(History *h, const char *line) {
  HistEvent ev;
  return lib.history(h, &ev, H_ENTER, line);
}
int clineedit_history_clear(History *h) {
  HistEvent ev;
  return lib.history(h, &ev, H_CLEAR);
}
int clineedit_history_load(History *h, const char *path) {
  HistEvent ev;
  return lib.history(h, &ev, H_LOAD, path);
}
int clineedit_history_save(History *h, const char *path) {
  HistEvent ev;
  return lib.history(h, &ev, H_SAVE, path);
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
  return lib.el_set(el, EL_GETCFN, clineedit_getc);
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

int clineedit_rows(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_row;
}

int clineedit_read_key(void) {
  wchar_t wc = 0;
  int got = clineedit_getc(NULL, &wc);
  return got == 1 ? (int)wc : -1;
}
