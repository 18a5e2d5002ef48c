import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { IsBoolean, IsOptional, Length, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../../platform/graphql/connection.js";
import { NotBlank } from "../../platform/graphql/validation.js";
import { OfficerRole } from "./officer.entity.js";

@InputType({ description: "An enforcement certificate (执法证) and the days it is valid, both included" })
export class CertificateInput {
  @Field()
  @NotBlank()
  @Length(1, 40, { message: "must be 1 to 40 characters" })
  number!: string;

  @Field(() => LocalDateResolver)
  validFrom!: string;

  @Field(() => LocalDateResolver)
  validUntil!: string;
}

@InputType({ description: "A person joining an agency" })
export class RegisterOfficerInput {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  @NotBlank()
  @Length(1, 50, { message: "must be 1 to 50 characters" })
  name!: string;

  @Field(() => OfficerRole)
  role!: OfficerRole;

  @Field(() => CertificateInput, { nullable: true, description: "Not allowed for AUXILIARY staff" })
  @IsOptional()
  @ValidateNested()
  certificate?: CertificateInput;
}

@InputType({ description: "Changes to an officer; omitted fields stay. `certificate: null` removes the certificate." })
export class UpdateOfficerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; CONFLICT if it changed since" })
  @IsOptional()
  @Min(1)
  expectedVersion?: number;

  @Field({ nullable: true })
  @IsOptional()
  @NotBlank()
  @Length(1, 50, { message: "must be 1 to 50 characters" })
  name?: string;

  @Field(() => OfficerRole, { nullable: true })
  @IsOptional()
  role?: OfficerRole;

  @Field(() => CertificateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  certificate?: CertificateInput | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class OfficersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this agency's officers" })
  @IsOptional()
  agencyId?: string;

  @Field(() => OfficerRole, { nullable: true })
  @IsOptional()
  role?: OfficerRole;

  @Field(() => LocalDateResolver, { nullable: true, description: "Only officers certified on this date" })
  @IsOptional()
  certifiedOn?: string;

  @Field({ nullable: true, description: "Include officers who have left (default false)" })
  @IsOptional()
  includeInactive?: boolean;

  @Field({ nullable: true, description: "Part of the name or certificate number" })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}
