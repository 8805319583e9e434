//! A term's postings, held as the index writes them: `doc delta, weight` pairs, each
//! number a LEB128 varint. An index holds millions of postings while the site renders (2.4
//! million at 10,000 articles); as varints they take two to three bytes a pair, not eight.

/// The postings of one term, documents ascending.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct List {
    /// Pairs written so far, the first delta from document 0.
    bytes: Vec<u8>,
    /// The last document written.
    last: u32,
    /// The document being counted, not yet written, with its weight.
    open: Option<(u32, u32)>,
    /// Pairs, the open one included.
    len: usize,
}

impl List {
    /// Counts `weight` for document `doc`, which is the open document or a later one.
    pub(super) fn add(&mut self, doc: u32, weight: u32) {
        match &mut self.open {
            Some((d, w)) if *d == doc => *w += weight,
            _ => {
                self.close();
                self.open = Some((doc, weight));
                self.len += 1;
            }
        }
    }

    /// Writes the open document.
    fn close(&mut self) {
        if let Some((doc, weight)) = self.open.take() {
            push_varint(&mut self.bytes, doc - self.last);
            push_varint(&mut self.bytes, weight);
            self.last = doc;
        }
    }

    /// The number of documents.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Appends `later`, whose documents all come after this list's.
    pub(super) fn append(&mut self, mut later: List) {
        self.close();
        later.close();
        let mut rest = later.bytes.as_slice();
        if let Some(first) = read_varint(&mut rest) {
            push_varint(&mut self.bytes, first - self.last);
            self.bytes.extend_from_slice(rest);
            self.last = later.last;
        }
        self.len += later.len;
    }

    /// The pairs `(doc delta, weight)`, in order.
    pub(super) fn pairs(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let mut rest = self.bytes.as_slice();
        let written = std::iter::from_fn(move || Some((read_varint(&mut rest)?, read_varint(&mut rest)?)));
        let open = self.open.map(|(doc, weight)| (doc - self.last, weight));
        written.chain(open)
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for shift in (0..35).step_by(7) {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        n |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(pairs: &[(u32, u32)]) -> List {
        let mut l = List::default();
        for &(doc, weight) in pairs {
            l.add(doc, weight);
        }
        l
    }

    #[test]
    fn weights_of_one_document_add_up_and_documents_are_delta_encoded() {
        let l = list(&[(3, 1), (3, 5), (10, 1), (300, 2), (70_000, 1)]);
        assert_eq!(l.len(), 4);
        assert_eq!(l.pairs().collect::<Vec<_>>(), [(3, 6), (7, 1), (290, 2), (69_700, 1)]);
    }

    #[test]
    fn an_appended_list_goes_on_from_the_last_document() {
        let mut a = list(&[(3, 1), (10, 2)]);
        a.append(list(&[(200, 1), (201, 4)]));
        assert_eq!(a.len(), 4);
        assert_eq!(a.pairs().collect::<Vec<_>>(), [(3, 1), (7, 2), (190, 1), (1, 4)]);
        let mut empty = List::default();
        empty.append(list(&[(5, 1)]));
        assert_eq!(empty.pairs().collect::<Vec<_>>(), [(5, 1)]);
        let mut b = list(&[(5, 1)]);
        b.append(List::default());
        assert_eq!(b.pairs().collect::<Vec<_>>(), [(5, 1)]);
    }

    #[test]
    fn varints_round_trip_at_their_byte_boundaries() {
        for n in [0, 1, 127, 128, 16_383, 16_384, u32::MAX] {
            let mut out = Vec::new();
            push_varint(&mut out, n);
            let mut rest = out.as_slice();
            assert_eq!(read_varint(&mut rest), Some(n));
            assert!(rest.is_empty());
        }
    }
}
