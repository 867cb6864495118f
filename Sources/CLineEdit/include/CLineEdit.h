#ifndef CLINEEDIT_H
#define CLINEEDIT_H
// Fixed-arity wrappers over libedit (histedit.h): Swift cannot call the variadic
// el_set/el_get/history functions. Nothing but the LineEditor target imports this.
// libedit is not linked: `clineedit_load` dlopens it when an interactive editor starts,
// so non-interactive runs never pay for loading it and its dependencies.
#include <stddef.h>
#include <stdio.h>
#include <histedit.h>

/// libedit's version as MAJOR*100+MINOR (of the headers built against).
int clineedit_version(void);

/// Loads libedit from `soname` (e.g. "libedit.so.2") and finds its functions; returns 1
/// on success, else 0 with the reason copied into `error`. The first success is kept.
/// Every function below except the stdio, locale, signal and terminal ones needs it.
int clineedit_load(const char *soname, char *error, size_t capacity);
/// 1 once `clineedit_load` has succeeded.
int clineedit_loaded(void);

// stdio globals: Swift 6 refuses Glibc's mutable `stdin`/`stdout`/`stderr` globals.
static inline FILE *clineedit_stdin(void) { return stdin; }
static inline FILE *clineedit_stdout(void) { return stdout; }
static inline FILE *clineedit_stderr(void) { return stderr; }

/// Makes the C library's character handling follow the environment, falling back to
/// C.UTF-8 so libedit reads multibyte input; returns 1 when the locale is UTF-8.
int clineedit_setup_locale(void);

// Editor set-up (`clineedit_init` and `clineedit_history_init` return NULL until loaded).
EditLine *clineedit_init(const char *program, FILE *in, FILE *out, FILE *err);
void clineedit_end(EditLine *el);
int clineedit_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
int clineedit_set_editor(EditLine *el, const char *mode);
int clineedit_set_signal(EditLine *el, int on);
int clineedit_set_clientdata(EditLine *el, void *data);
void *clineedit_get_clientdata(EditLine *el);
int clineedit_add_function(
  EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int));
int clineedit_bind(EditLine *el, const char *key, const char *function);
int clineedit_set_history(EditLine *el, History *h);
/// Makes the editor read characters through `clineedit_getc`, which also wakes up on
/// Ctrl-C whichever thread the signal was delivered to (libedit's own reader retries
/// an interrupted read once and would otherwise miss it).
int clineedit_use_interruptible_getc(EditLine *el);

// Reading and editing the current line.
const char *clineedit_gets(EditLine *el, int *count);
/// The line being edited as UTF-8 bytes, and the cursor as a byte offset into it.
int clineedit_line(EditLine *el, const char **buffer, int *cursor, int *length);
int clineedit_insert(EditLine *el, const char *text);
void clineedit_delete_before_cursor(EditLine *el, int characters);
void clineedit_reset(EditLine *el);

// History.
History *clineedit_history_init(void);
void clineedit_history_end(History *h);
int clineedit_history_set_size(History *h, int size);
int clineedit_history_set_unique(History *h, int on);
int clineedit_history_enter(History *h, const char *line);
int clineedit_history_clear(History *h);
int clineedit_history_load(History *h, const char *path);
int clineedit_history_save(History *h, const char *path);

// SIGINT (Ctrl-C): a handler that counts interrupts and writes one byte to a pipe,
// so the shell can cancel a running command and the editor can abandon a line.
/// Installs the handler (no SA_RESTART, so a blocked read returns EINTR); returns the
/// read end of the notification pipe, or -1.
int clineedit_install_sigint(void);
/// Puts SIGINT back to its default action (the process dies on Ctrl-C again).
int clineedit_restore_sigint(void);
/// Forgets Ctrl-C presses that arrived while no line was being read.
void clineedit_clear_wake(void);
/// Interrupts seen since the last call, and resets the count.
int clineedit_take_sigint(void);

// Terminal facts.
int clineedit_isatty(int fd);
/// Columns of the terminal on `fd`, or 0 when unknown.
int clineedit_columns(int fd);
/// Rows of the terminal on `fd`, or 0 when unknown.
int clineedit_rows(int fd);
/// Reads one key press from stdin (a wide character), -1 on Ctrl-C or end of input;
/// for questions asked from inside a bound function ("Display all 80 possibilities?").
int clineedit_read_key(void);

#endif
