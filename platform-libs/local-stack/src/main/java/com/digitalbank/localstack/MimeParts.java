package com.digitalbank.localstack;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the text of a received e-mail, for the mail viewer and for tests. */
public final class MimeParts {

	private MimeParts() {
	}

	/**
	 * The first part of the given MIME type, searched depth first through multiparts;
	 * {@code null} if there is none.
	 */
	public static String first(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType) && part.getContent() instanceof String text) {
			return text;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = first(child, mimeType);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
