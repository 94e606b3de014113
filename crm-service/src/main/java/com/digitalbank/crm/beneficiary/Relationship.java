package com.digitalbank.crm.beneficiary;

/**
 * Who a beneficiary is to the user. The resolver knows each by the words of
 * {@code resolution/relationships.txt} (MOTHER: madre, mamá, mom, ...), matched by name.
 */
public enum Relationship {

	MOTHER, FATHER, BROTHER, SISTER, SON, DAUGHTER, SPOUSE, PARTNER, GRANDMOTHER, GRANDFATHER, UNCLE, AUNT, COUSIN,
	NEPHEW, NIECE, MOTHER_IN_LAW, FATHER_IN_LAW, BROTHER_IN_LAW, SISTER_IN_LAW, GODPARENT, FRIEND, COLLEAGUE, LANDLORD,
	EMPLOYER, EMPLOYEE, OTHER

}
