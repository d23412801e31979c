// Sheets not yet acknowledged by the server, kept in localStorage per examiner: a reload, a lost
// connection or a flat battery loses nothing. Each sheet carries the id the tablet generated, so
// sending it twice never makes two scores; the server answers a repeat with the first answer.

function key(userId) {
  return `saima.examiner.pending.${userId}`;
}

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN address). */
export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * send(item) posts one sheet and resolves with the server's answer; it rejects with an ApiError whose
 * .offline is true when the server could not be reached (the sheet then stays queued). settled(item,
 * {answer} | {error}) hears each sheet that left the queue; changed(items) hears every change.
 */
export function createQueue(userId, { send, settled, changed, activity }) {
  let items = load();
  let flushing = null;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(key(userId)) || '[]');
    } catch {
      return [];
    }
  }

  function save() {
    localStorage.setItem(key(userId), JSON.stringify(items));
    changed([...items]);
  }

  function remove(item) {
    items = items.filter((i) => i.submissionId !== item.submissionId);
    save();
  }

  async function sendAll() {
    for (const item of [...items]) {
      try {
        activity('saving');
        const answer = await send(item);
        remove(item);
        settled(item, { answer });
        activity('saved');
      } catch (error) {
        if (error && error.offline) {
          activity('offline');
          return;
        }
        // Refused for good (confirmed, recused, needs a reason): it leaves the queue, the sheet shows why.
        remove(item);
        settled(item, { error });
        activity('error');
      }
    }
  }

  return {
    items: () => [...items],
    has: (candidateId, panelId) => items.some((i) => i.candidateId === candidateId && i.panelId === panelId),
    add(item) {
      items = [...items.filter((i) => !(i.panelId === item.panelId && i.candidateId === item.candidateId)), item];
      save();
    },
    /** Sends what is queued, oldest first; one flush at a time. */
    flush() {
      if (!flushing) {
        flushing = sendAll().finally(() => {
          flushing = null;
        });
      }
      return flushing;
    },
  };
}
