// readline.h uses FILE without including stdio.h itself.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Readline is configured through global variables, which Swift 6 refuses
// to touch directly (shared mutable state). These accessors are only
// called from the main thread, where readline runs.

// Sets up nn's use of readline: its name for ~/.inputrc, no signal handlers
// of its own (nn's SIGINT handler sets a flag the editor polls), no LINES
// and COLUMNS in the environment, and the completion hooks.
static inline void nn_rl_configure(rl_completion_func_t *complete, rl_cpvfunc_t *word_breaks) {
    rl_readline_name = "nn";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;
    rl_attempted_completion_function = complete;
    rl_completion_word_break_hook = word_breaks;
    // Otherwise readline closes a quote after completing a word that starts
    // at one; nn's candidates carry their own ending (`data/` or `data.csv"`).
    rl_basic_quote_characters = "";
    // In the C locale readline would drop bytes above 127 (or read them as
    // Meta keys), so Arabic typed in a UTF-8 terminal vanished. Set before
    // readline initialises: a UTF-8 locale sets the same, ~/.inputrc still wins.
    rl_variable_bind("input-meta", "on");
    rl_variable_bind("output-meta", "on");
    rl_variable_bind("convert-meta", "off");
}

// Called at the start of each completion: never fall back to readline's own
// file-name completion, and append nothing after a unique match.
static inline void nn_rl_completion_settings(void) {
    rl_attempted_completion_over = 1;
    rl_completion_suppress_append = 1;
}

// The line being edited, up to the cursor (bytes of UTF-8).
static inline const char *nn_rl_line_buffer(void) { return rl_line_buffer; }
static inline int nn_rl_point(void) { return rl_point; }

// Moves the cursor to the end of the line and redraws it.
static inline void nn_rl_cursor_to_end(void) {
    rl_point = rl_end;
    rl_redisplay();
}
