try { void window.localStorage.length; } catch (e) {}
