package com.digitalbank.agent.builder.ops;

import com.digitalbank.agent.builder.Project;
import com.digitalbank.agent.builder.ProjectType;

/** The text files of a deployment: Dockerfiles, the static site's template, the notes. */
final class DeploymentTexts {

	private DeploymentTexts() {
	}

	static String javaDockerfile(boolean server) {
		return """
				# Build with the project's own Maven build, run on a JRE as an unprivileged user.
				FROM maven:3.9-eclipse-temurin-21 AS build
				WORKDIR /src
				COPY pom.xml .
				RUN mvn -q -B dependency:go-offline
				COPY src ./src
				RUN mvn -q -B package -DskipTests

				FROM eclipse-temurin:21-jre
				WORKDIR /app
				COPY --from=build /src/target/*.jar app.jar
				USER 1000
				""" + (server ? "EXPOSE 8080\n" : "")
				+ "ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/app.jar\"]\n";
	}

	static String staticSite(String slug) {
		return """
				AWSTemplateFormatVersion: "2010-09-09"
				Description: %s - a private S3 bucket served by CloudFront through origin access control.
				Resources:
				  SiteBucket:
				    Type: AWS::S3::Bucket
				    Properties:
				      PublicAccessBlockConfiguration:
				        BlockPublicAcls: true
				        BlockPublicPolicy: true
				        IgnorePublicAcls: true
				        RestrictPublicBuckets: true
				  OriginAccessControl:
				    Type: AWS::CloudFront::OriginAccessControl
				    Properties:
				      OriginAccessControlConfig:
				        Name: %s-oac
				        OriginAccessControlOriginType: s3
				        SigningBehavior: always
				        SigningProtocol: sigv4
				  Distribution:
				    Type: AWS::CloudFront::Distribution
				    Properties:
				      DistributionConfig:
				        Enabled: true
				        DefaultRootObject: index.html
				        Origins:
				          - Id: site
				            DomainName: !GetAtt SiteBucket.RegionalDomainName
				            OriginAccessControlId: !GetAtt OriginAccessControl.Id
				            S3OriginConfig:
				              OriginAccessIdentity: ""
				        DefaultCacheBehavior:
				          TargetOriginId: site
				          ViewerProtocolPolicy: redirect-to-https
				          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
				  SiteBucketPolicy:
				    Type: AWS::S3::BucketPolicy
				    Properties:
				      Bucket: !Ref SiteBucket
				      PolicyDocument:
				        Statement:
				          - Effect: Allow
				            Principal:
				              Service: cloudfront.amazonaws.com
				            Action: s3:GetObject
				            Resource: !Sub "${SiteBucket.Arn}/*"
				            Condition:
				              StringEquals:
				                AWS:SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Distribution}"
				Outputs:
				  BucketName:
				    Value: !Ref SiteBucket
				  SiteUrl:
				    Value: !Sub "https://${Distribution.DomainName}"
				""".formatted(slug, slug);
	}

	static String notes(ProjectType type, Project project) {
		String steps = switch (type) {
			case CONTAINER_SERVICE ->
				"""
						1. Build and push the image: `docker build -t %1$s .` then tag and push it to ECR.
						2. Register the task definition: `aws ecs register-task-definition --cli-input-json file://deploy/ecs-task-definition.json`
						   (replace `<account-id>` and `<region>` first).
						3. Run it as an ECS Fargate service behind an Application Load Balancer on port 8080.""";
			case COMMAND_LINE -> """
					1. Build the runnable jar: `mvn package`, then run `java -jar target/%1$s.jar help`.
					2. Or build the image (`docker build -t %1$s .`) and run it as an ECS task or a scheduled job.""";
			case STATIC_SITE ->
				"""
						1. Create the stack: `aws cloudformation deploy --template-file deploy/static-site.yaml --stack-name %1$s`.
						2. Upload the site: `aws s3 sync . s3://<BucketName> --exclude "deploy/*" --exclude "*.md"`.
						3. Open the `SiteUrl` output; invalidate `/*` on CloudFront after each upload.""";
			case FUNCTION ->
				"""
						1. Package the handler, then create it: `aws lambda create-function --cli-input-json file://deploy/lambda-function.json --zip-file fileb://<package>`.
						2. Fill in the handler class and the role first.""";
		};
		return "# Deploying " + project.name() + "\n\nDetected type: **" + type + "** (revision " + project.revision()
				+ ").\n\n" + steps.formatted(project.slug()) + "\n";
	}

}
